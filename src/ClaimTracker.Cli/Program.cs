using ClaimTracker.Cli;

return CommandLine.Build().Parse(args).Invoke();
