// Progressive enhancement only: the page works without it.
document.addEventListener('DOMContentLoaded', () => {
  const greeting = document.getElementById('greeting')
  if (greeting) greeting.textContent = `Good ${new Date().getHours() < 12 ? 'morning' : 'day'}!`
})
