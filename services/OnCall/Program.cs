using Intermunicipal.OnCall;

OnCallApp.Build(args).Run();
