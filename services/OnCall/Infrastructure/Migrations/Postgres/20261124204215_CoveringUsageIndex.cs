using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Intermunicipal.OnCall.Infrastructure.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CoveringUsageIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_calls_UnitId_MunicipalityNumber_ReceiveTime",
                table: "calls");

            migrationBuilder.CreateIndex(
                name: "IX_calls_UnitId_MunicipalityNumber_ReceiveTime_Id",
                table: "calls",
                columns: new[] { "UnitId", "MunicipalityNumber", "ReceiveTime", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_calls_UnitId_MunicipalityNumber_ReceiveTime_Id",
                table: "calls");

            migrationBuilder.CreateIndex(
                name: "IX_calls_UnitId_MunicipalityNumber_ReceiveTime",
                table: "calls",
                columns: new[] { "UnitId", "MunicipalityNumber", "ReceiveTime" });
        }
    }
}
