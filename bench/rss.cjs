// Preloaded into a benchmarked process: writes its peak RSS (worker threads included) on exit.
process.on('exit', () => {
  const file = process.env.DEMARC_RSS_FILE;
  if (file) require('node:fs').writeFileSync(file, String(process.resourceUsage().maxRSS * 1024));
});
