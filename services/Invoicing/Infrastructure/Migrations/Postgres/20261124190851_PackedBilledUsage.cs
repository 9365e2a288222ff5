using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Intermunicipal.Invoicing.Infrastructure.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PackedBilledUsage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "billed_items");

            migrationBuilder.CreateTable(
                name: "billed_usage",
                columns: table => new
                {
                    InvoiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    LineNumber = table.Column<int>(type: "integer", nullable: false),
                    Service = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    MunicipalityNumber = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    First = table.Column<DateOnly>(type: "date", nullable: false),
                    Last = table.Column<DateOnly>(type: "date", nullable: false),
                    ItemCount = table.Column<int>(type: "integer", nullable: false),
                    Items = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_billed_usage", x => new { x.InvoiceId, x.LineNumber });
                });

            migrationBuilder.CreateTable(
                name: "usage_ledgers",
                columns: table => new
                {
                    Service = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    MunicipalityNumber = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_usage_ledgers", x => new { x.Service, x.MunicipalityNumber });
                });

            migrationBuilder.CreateIndex(
                name: "IX_billed_usage_Service_MunicipalityNumber_Last",
                table: "billed_usage",
                columns: new[] { "Service", "MunicipalityNumber", "Last" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "billed_usage");

            migrationBuilder.DropTable(
                name: "usage_ledgers");

            migrationBuilder.CreateTable(
                name: "billed_items",
                columns: table => new
                {
                    Source = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    First = table.Column<DateOnly>(type: "date", nullable: false),
                    InvoiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Last = table.Column<DateOnly>(type: "date", nullable: false),
                    LineNumber = table.Column<int>(type: "integer", nullable: false),
                    Quantity = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_billed_items", x => new { x.Source, x.First });
                });

            migrationBuilder.CreateIndex(
                name: "IX_billed_items_InvoiceId_LineNumber",
                table: "billed_items",
                columns: new[] { "InvoiceId", "LineNumber" });
        }
    }
}
