using SkipNet.Checker.Cli;

return SkipnetCli.Run(args, Console.Out, Console.Error);
