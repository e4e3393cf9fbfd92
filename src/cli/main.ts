console.log('biaozhu');
