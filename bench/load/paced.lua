-- Each connection waits 10 ms before every request: with about 2 ms of latency, 12 connections make about 1,000 requests/s.
function delay()
  return 10
end
