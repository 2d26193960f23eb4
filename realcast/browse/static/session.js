// A session page: the player with its cast embedded (file:// pages cannot fetch); a click on a step or a
// report item seeks the player there and marks the lines it rests on in the transcript.
(function () {
  "use strict";
  function embedded(id) {
    return JSON.parse(document.getElementById(id).textContent);
  }

  const player = AsciinemaPlayer.create({ data: embedded("cast-data") }, document.getElementById("player"),
    embedded("player-options"));
  window.realcastPlayer = player; // for tests and the console
  const transcript = document.getElementById("transcript");

  function select(element) {
    document.querySelectorAll(".seekable.selected").forEach((other) => other.classList.remove("selected"));
    element.classList.add("selected");
  }

  function transcriptLines(element) {
    if (element.dataset.item) {
      return Array.from(transcript.querySelectorAll(`[data-items~="${CSS.escape(element.dataset.item)}"]`));
    }
    const prompt = document.getElementById("step-" + element.dataset.step);
    return prompt ? [prompt] : [];
  }

  function markTranscript(element) {
    transcript.querySelectorAll(".evident").forEach((line) => line.classList.remove("evident"));
    const lines = transcriptLines(element);
    lines.forEach((line) => line.classList.add("evident"));
    if (lines.length) {
      transcript.scrollTop = lines[0].offsetTop - transcript.clientHeight / 3;
    }
  }

  function show(element) {
    select(element);
    markTranscript(element);
    if (element.dataset.seek) {
      player.seek(parseFloat(element.dataset.seek));
    }
  }

  document.querySelectorAll(".seekable").forEach((element) => element.addEventListener("click", (event) => {
    event.stopPropagation(); // a step link inside an item shows the step, not the item
    show(element);
  }));
})();
