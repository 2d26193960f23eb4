const express = require('express');

const app = express();
const port = process.env.PORT || 5000;

app.get('/api/products', (req, res) => {
  res.json([{ id: 1, name: 'mug', price: 9.5 }, { id: 2, name: 'tee', price: 19 }]);
});

app.listen(port, () => {
  console.log(`shop-api listening on http://localhost:${port}`);
});
