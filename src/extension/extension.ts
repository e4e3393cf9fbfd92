import * as vscode from 'vscode';

export function activate(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('biaozhu.showVersion', () =>
      vscode.window.showInformationMessage(`Biaozhu ${context.extension.packageJSON.version}`),
    ),
  );
}

export function deactivate(): void {}
