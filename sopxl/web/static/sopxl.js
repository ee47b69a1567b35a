// Progressive enhancement only: every page works without this file.
// Files dropped anywhere on an upload box are put into its file picker.
document.querySelectorAll("form.drop").forEach(function (form) {
  var input = form.querySelector("input[type=file]");
  ["dragenter", "dragover"].forEach(function (name) {
    form.addEventListener(name, function (event) {
      event.preventDefault();
      form.classList.add("over");
    });
  });
  ["dragleave", "drop"].forEach(function (name) {
    form.addEventListener(name, function (event) {
      event.preventDefault();
      form.classList.remove("over");
    });
  });
  form.addEventListener("drop", function (event) {
    if (event.dataTransfer && event.dataTransfer.files.length) {
      input.files = event.dataTransfer.files;
    }
  });
});
