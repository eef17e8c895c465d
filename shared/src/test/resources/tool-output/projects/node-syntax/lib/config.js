module.exports = {
  port: 8080,
  hosts: ['a', 'b'
};
