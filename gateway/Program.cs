using Intermunicipal.Gateway;

GatewayApp.Build(args).Run();
