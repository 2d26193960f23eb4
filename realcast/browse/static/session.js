// A session page: the player with its cast embedded (file:// pages cannot fetch), and click-to-seek.
(function () {
  "use strict";
  function embedded(id) {
    return JSON.parse(document.getElementById(id).textContent);
  }

  const player = AsciinemaPlayer.create({ data: embedded("cast-data") }, document.getElementById("player"),
    embedded("player-options"));
  window.realcastPlayer = player; // for tests and the console

  function select(element) {
    document.querySelectorAll(".seekable.selected").forEach((other) => other.classList.remove("selected"));
    element.classList.add("selected");
  }

  function seekTo(element) {
    select(element);
    player.seek(parseFloat(element.dataset.seek));
  }

  document.querySelectorAll(".seekable[data-seek]").forEach((element) => {
    element.addEventListener("click", () => seekTo(element));
  });
})();
