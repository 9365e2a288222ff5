using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Intermunicipal.Invoicing.Infrastructure.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InvoiceSequences : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "invoice_sequences",
                columns: table => new
                {
                    IssuerOrganisationNumber = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    LastNumber = table.Column<long>(type: "bigint", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_invoice_sequences", x => new { x.IssuerOrganisationNumber, x.Year });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "invoice_sequences");
        }
    }
}
