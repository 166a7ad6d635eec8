using SealGuard.Cli;

return await CliApp.RunAsync(args, Console.Out);
