document.getElementById("cart").textContent = "0 items";
