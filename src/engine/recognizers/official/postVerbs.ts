// Verbs of posts, shared by the readings of officials and of companies: appointing someone (任命),
// taking, holding or leaving a post (出任, 时任, 辞去), and the copulas that say which post someone
// holds (是, 系, 为). Each list is what one reading needs; a verb of a post glued onto a name
// (荣任/n) or standing where an employer's name would (曾任) stops a name or an employer there.

/** Verbs that appoint the names after them to a position, or remove them from one they hold. */
export const APPOINTING: ReadonlySet<string> = new Set(['任命', '聘任', '聘请', '委任', '选举', '重选', '重新选举', '推选', '推举', '增补', '晋升', '免去', '免除']);
/** Verbs after a name that give the position it takes or leaves, or holds as it acts: 张三任副市长, 李四当选为董事长, 王五辞去董事长职务, 王强作为董事长出席, 何建锋连任董事长, 徐子阳续聘为总裁, 梁晓婷挂职云岭县人民医院副院长 (on secondment). Not 拟任: not yet held. */
export const TAKING = new Set(['任', '已任', '起任', '历任', '出任', '担任', '当选', '升任', '调任', '兼任', '接任', '继任', '改任', '转任', '就任', '获任', '时任', '曾任', '新任', '辞去', '辞任', '卸任', '作为', '连任', '续任', '留任', '仍任', '续聘', '获聘', '暂代', '代行', '挂职', '挂任']);
/** Verbs of leaving a post, which give no new one: 卸任, 辞去, 辞任. */
export const LEAVING = new Set(['卸任', '辞去', '辞任']);

/** Those of moving from one post to another: 升任, 接任, 调任 (not 作为, acting as). */
export const MOVING = new Set(['出任', '担任', '升任', '调任', '兼任', '接任', '继任', '改任', '转任', '就任', '获任', '当选', '获聘', '续任']);

/** Copulas that give the position a name holds: 于涛是海信视像总经理, 李刚系公司董事长, （王晓东为广州工控集团总经理）, 马化腾仍为董事会主席. */
export const COPULAS = new Set(['是', '系', '为', '现为', '仍为']);

/** Words of posts that start with a surname (任): 副总经理任命, 董事任期. */
export const POST_WORDS = new Set(['任命', '任免', '任职', '任期', '任用', '任上']);

/** A word ending in the verb 任 (to take a post), not a word of its own (责任, 现任, 聘任): 荣任/n, 海任/x. */
export const GLUED_TAKING = /^[\u4e00-\u9fff]+(?<![现新首曾历时前原拟继留连上到离卸主责信担出胜放专兼聘委调升改转就获辞接当充续再起仍也亦均都还已])任$/;

/** Verbs of taking, holding or leaving a post, which start with a surname's character more than once (曾任, 时任): no name, no piece of an employer. */
export const POST_VERBS: ReadonlySet<string> = new Set(['曾任', '现任', '时任', '历任', '原任', '辞任', '卸任', '离任', '就任', '接任', '出任', '继任', '新任', '兼任', '担任']);
