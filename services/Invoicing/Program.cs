using Intermunicipal.Invoicing;

InvoicingApp.Build(args).Run();
