// A payment provider's checkout widget, served from the provider's own origin
// (https://pay.example.net in examples/site/shop/index.html). `headerguard demo` serves this
// folder from a second loopback origin and points the shop page at it: it never goes online.
;(() => {
  const config = window.payConfig
  const mount = document.getElementById('checkout')
  if (!config || !mount) return
  const button = document.createElement('button')
  button.type = 'button'
  button.textContent = `Pay ${(config.amount / 100).toFixed(2)} ${config.currency}`
  mount.append(button)
})()
