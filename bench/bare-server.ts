/*
 * The baseline for the benchmark: a bare node:http server answering every request with a fixed HTML
 * page of a given size. Pages of the app are reported as a ratio to this, measured in the same run.
 */
import http from 'node:http'

const port = Number(process.argv[2])
const size = Number(process.argv[3])
const body = Buffer.from(`<!DOCTYPE html><html><body>${'x'.repeat(Math.max(0, size - 40))}</body></html>`)

http
  .createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': body.length })
    res.end(body)
  })
  .listen(port, '127.0.0.1', () => process.send?.('ready'))
