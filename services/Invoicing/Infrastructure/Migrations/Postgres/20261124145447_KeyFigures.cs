using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Intermunicipal.Invoicing.Infrastructure.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class KeyFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "key_figures",
                columns: table => new
                {
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    MunicipalityNumber = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Value = table.Column<long>(type: "bigint", nullable: false),
                    UpdateTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_key_figures", x => new { x.Kind, x.Year, x.MunicipalityNumber });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "key_figures");
        }
    }
}
