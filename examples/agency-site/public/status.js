// Passes ?id= from the link on the confirmation to the status element.
const id = new URLSearchParams(location.search).get('id');
if (id) document.querySelector('lapor-status').setAttribute('tracking-id', id);
