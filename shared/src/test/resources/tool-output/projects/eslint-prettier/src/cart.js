function total(items) {
  return items.reduce((sum, item) => sum + item.price, 0)
}

const label = "Total: " + total([{ price: 2 }]);  
module.exports = {total, label};
