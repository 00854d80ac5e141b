return await CareerNavigator.Load.Cli.RunAsync(args);
