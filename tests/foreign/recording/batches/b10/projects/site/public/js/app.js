document.querySelector("h1").dataset.ready="1";
//# sourceMappingURL=app.js.map
