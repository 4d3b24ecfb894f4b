// "You're about to be signed out": progressive enhancement only. Without JavaScript the session still
// ends after the idle time on the server, and the next page says so.
const dialog = document.querySelector('[data-module="app-timeout-warning"]')

if (dialog && typeof dialog.showModal === 'function') {
  const warnAfterMs = Number(dialog.dataset.warnAfterSeconds) * 1000
  const signOutAfterMs = Number(dialog.dataset.signOutAfterSeconds) * 1000
  let warnTimer
  let signOutTimer

  const start = () => {
    clearTimeout(warnTimer)
    clearTimeout(signOutTimer)
    warnTimer = setTimeout(() => dialog.showModal(), warnAfterMs)
    signOutTimer = setTimeout(() => window.location.assign(dialog.dataset.timedOutUrl), signOutAfterMs)
  }

  dialog.querySelector('[data-stay-signed-in]').addEventListener('click', async () => {
    const response = await fetch(dialog.dataset.keepAliveUrl, { credentials: 'same-origin', cache: 'no-store' })
    if (response.ok) {
      dialog.close()
      start()
    } else {
      window.location.assign(dialog.dataset.timedOutUrl)
    }
  })
  dialog.addEventListener('cancel', event => event.preventDefault())
  start()
}
