// htmx requests carry the CSRF token of the page, so that htmx POSTs pass Spring Security's check.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});
// Forms (or the button that submits them) marked data-confirm ask before a destructive action.
document.addEventListener('submit', function (event) {
  var message = (event.submitter && event.submitter.getAttribute('data-confirm')) || event.target.getAttribute('data-confirm');
  if (message && !window.confirm(message)) {
    event.preventDefault();
  }
}, true);
