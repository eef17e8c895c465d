console.log('invoice');
