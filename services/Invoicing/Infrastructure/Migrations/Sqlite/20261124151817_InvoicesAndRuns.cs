using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Intermunicipal.Invoicing.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InvoicesAndRuns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "billed_items",
                columns: table => new
                {
                    Source = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    First = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Last = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Quantity = table.Column<long>(type: "INTEGER", nullable: false),
                    InvoiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LineNumber = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_billed_items", x => new { x.Source, x.First });
                });

            migrationBuilder.CreateTable(
                name: "billed_periods",
                columns: table => new
                {
                    AgreementId = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    First = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Last = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    InvoiceId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_billed_periods", x => new { x.AgreementId, x.First });
                });

            migrationBuilder.CreateTable(
                name: "invoice_runs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    HostOrganisationNumber = table.Column<string>(type: "TEXT", maxLength: 9, nullable: false),
                    PeriodFirst = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodLast = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    CreateTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CompleteTime = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_invoice_runs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "invoices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    AgreementId = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    HostOrganisationNumber = table.Column<string>(type: "TEXT", maxLength: 9, nullable: false),
                    PartnerOrganisationNumber = table.Column<string>(type: "TEXT", maxLength: 9, nullable: false),
                    PeriodFirst = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodLast = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IssueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Kid = table.Column<string>(type: "TEXT", maxLength: 25, nullable: true),
                    BuyerReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CorrectedInvoiceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreditReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Origin = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PaymentTermsDays = table.Column<int>(type: "INTEGER", nullable: false),
                    CreateTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ApproveTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    IssueTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_invoices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "invoice_run_outcomes",
                columns: table => new
                {
                    RunId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgreementId = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    Succeeded = table.Column<bool>(type: "INTEGER", nullable: false),
                    FailureReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    InvoiceIds = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_invoice_run_outcomes", x => new { x.RunId, x.AgreementId });
                    table.ForeignKey(
                        name: "FK_invoice_run_outcomes_invoice_runs_RunId",
                        column: x => x.RunId,
                        principalTable: "invoice_runs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "invoice_lines",
                columns: table => new
                {
                    InvoiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LineNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    ServiceLine = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    KostraFunction = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Quantity = table.Column<long>(type: "INTEGER", nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    UnitPriceOre = table.Column<long>(type: "INTEGER", nullable: false),
                    BaseQuantity = table.Column<long>(type: "INTEGER", nullable: false),
                    AmountOre = table.Column<long>(type: "INTEGER", nullable: false),
                    PeriodFirst = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodLast = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    BasisJson = table.Column<string>(type: "TEXT", nullable: false),
                    Late = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_invoice_lines", x => new { x.InvoiceId, x.LineNumber });
                    table.ForeignKey(
                        name: "FK_invoice_lines_invoices_InvoiceId",
                        column: x => x.InvoiceId,
                        principalTable: "invoices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_billed_items_InvoiceId_LineNumber",
                table: "billed_items",
                columns: new[] { "InvoiceId", "LineNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_invoices_AgreementId",
                table: "invoices",
                column: "AgreementId");

            migrationBuilder.CreateIndex(
                name: "IX_invoices_HostOrganisationNumber_Number",
                table: "invoices",
                columns: new[] { "HostOrganisationNumber", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_invoices_PartnerOrganisationNumber",
                table: "invoices",
                column: "PartnerOrganisationNumber");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "billed_items");

            migrationBuilder.DropTable(
                name: "billed_periods");

            migrationBuilder.DropTable(
                name: "invoice_lines");

            migrationBuilder.DropTable(
                name: "invoice_run_outcomes");

            migrationBuilder.DropTable(
                name: "invoices");

            migrationBuilder.DropTable(
                name: "invoice_runs");
        }
    }
}
