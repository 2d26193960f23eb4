document.querySelector("h1").dataset.ready = "1";
