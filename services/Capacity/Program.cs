using Intermunicipal.Capacity;

CapacityApp.Build(args).Run();
