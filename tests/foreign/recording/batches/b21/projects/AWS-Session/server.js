const express = require('express');
require('dotenv').config();

const app = express();
const PORT = process.env.PORT || 3000;

app.use(express.static('public'));
app.get('/config', (req, res) => res.json({ publishableKey: process.env.PUBLISHABLE_KEY || 'pk_test_placeholder' }));

app.listen(PORT, () => console.log(`Server running on port ${PORT}`));
