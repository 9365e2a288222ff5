using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Intermunicipal.Invoicing.Infrastructure.Migrations.Postgres
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
                    Source = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    First = table.Column<DateOnly>(type: "date", nullable: false),
                    Last = table.Column<DateOnly>(type: "date", nullable: false),
                    Quantity = table.Column<long>(type: "bigint", nullable: false),
                    InvoiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    LineNumber = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_billed_items", x => new { x.Source, x.First });
                });

            migrationBuilder.CreateTable(
                name: "billed_periods",
                columns: table => new
                {
                    AgreementId = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    First = table.Column<DateOnly>(type: "date", nullable: false),
                    Last = table.Column<DateOnly>(type: "date", nullable: false),
                    InvoiceId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_billed_periods", x => new { x.AgreementId, x.First });
                });

            migrationBuilder.CreateTable(
                name: "invoice_runs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    HostOrganisationNumber = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    PeriodFirst = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodLast = table.Column<DateOnly>(type: "date", nullable: false),
                    State = table.Column<int>(type: "integer", nullable: false),
                    CreateTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CompleteTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_invoice_runs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "invoices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    State = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    AgreementId = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    HostOrganisationNumber = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    PartnerOrganisationNumber = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    PeriodFirst = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodLast = table.Column<DateOnly>(type: "date", nullable: false),
                    IssueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Kid = table.Column<string>(type: "character varying(25)", maxLength: 25, nullable: true),
                    BuyerReference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    CorrectedInvoiceId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreditReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Origin = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PaymentTermsDays = table.Column<int>(type: "integer", nullable: false),
                    CreateTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ApproveTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    IssueTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_invoices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "invoice_run_outcomes",
                columns: table => new
                {
                    RunId = table.Column<Guid>(type: "uuid", nullable: false),
                    AgreementId = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    Succeeded = table.Column<bool>(type: "boolean", nullable: false),
                    FailureReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    InvoiceIds = table.Column<string>(type: "text", nullable: false)
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
                    InvoiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    LineNumber = table.Column<int>(type: "integer", nullable: false),
                    ServiceLine = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    Description = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    KostraFunction = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Quantity = table.Column<long>(type: "bigint", nullable: false),
                    UnitCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    UnitPriceOre = table.Column<long>(type: "bigint", nullable: false),
                    BaseQuantity = table.Column<long>(type: "bigint", nullable: false),
                    AmountOre = table.Column<long>(type: "bigint", nullable: false),
                    PeriodFirst = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodLast = table.Column<DateOnly>(type: "date", nullable: false),
                    BasisJson = table.Column<string>(type: "text", nullable: false),
                    Late = table.Column<bool>(type: "boolean", nullable: false)
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
