using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Intermunicipal.OnCall.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_events",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 36, nullable: false),
                    UnitId = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    EventTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SubjectMunicipalityNumber = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    CallId = table.Column<string>(type: "TEXT", maxLength: 36, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "codes",
                columns: table => new
                {
                    List = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_codes", x => new { x.List, x.Code });
                });

            migrationBuilder.CreateTable(
                name: "municipalities",
                columns: table => new
                {
                    Number = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_municipalities", x => x.Number);
                });

            migrationBuilder.CreateTable(
                name: "on_call_units",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    HostMunicipalityNumber = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    CoveredMunicipalityNumbers = table.Column<string>(type: "TEXT", nullable: false),
                    AlwaysOpen = table.Column<bool>(type: "INTEGER", nullable: false),
                    OfficeOpensMinute = table.Column<int>(type: "INTEGER", nullable: false),
                    OfficeClosesMinute = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_on_call_units", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "calls",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 36, nullable: false),
                    UnitId = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    RequestId = table.Column<string>(type: "TEXT", maxLength: 36, nullable: false),
                    ReceiveTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Channel = table.Column<int>(type: "INTEGER", nullable: false),
                    ReporterType = table.Column<int>(type: "INTEGER", nullable: false),
                    MunicipalityNumber = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    ConcernCategories = table.Column<string>(type: "TEXT", nullable: false),
                    Urgency = table.Column<int>(type: "INTEGER", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ChildFullName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ChildBirthDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ChildNationalIdentityNumber = table.Column<string>(type: "TEXT", maxLength: 11, nullable: true),
                    HandlingStaff = table.Column<string>(type: "TEXT", nullable: false),
                    CreateTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Creator = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    HandoverDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    HandoverAcknowledgeTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    HandoverAcknowledgedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_calls", x => x.Id);
                    table.ForeignKey(
                        name: "FK_calls_on_call_units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "on_call_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "call_entries",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 36, nullable: false),
                    CallId = table.Column<string>(type: "TEXT", maxLength: 36, nullable: false),
                    RequestId = table.Column<string>(type: "TEXT", maxLength: 36, nullable: false),
                    Type = table.Column<int>(type: "INTEGER", nullable: false),
                    OccurTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 63, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CorrectsEntryId = table.Column<string>(type: "TEXT", maxLength: 36, nullable: true),
                    Retraction = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreateTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Author = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DetailsChange = table.Column<byte[]>(type: "BLOB", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_call_entries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_call_entries_calls_CallId",
                        column: x => x.CallId,
                        principalTable: "calls",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_audit_events_UnitId_EventTime",
                table: "audit_events",
                columns: new[] { "UnitId", "EventTime" });

            migrationBuilder.CreateIndex(
                name: "IX_call_entries_CallId_CreateTime",
                table: "call_entries",
                columns: new[] { "CallId", "CreateTime" });

            migrationBuilder.CreateIndex(
                name: "IX_call_entries_CorrectsEntryId",
                table: "call_entries",
                column: "CorrectsEntryId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_call_entries_RequestId",
                table: "call_entries",
                column: "RequestId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_calls_RequestId",
                table: "calls",
                column: "RequestId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_calls_UnitId_MunicipalityNumber_HandoverDate",
                table: "calls",
                columns: new[] { "UnitId", "MunicipalityNumber", "HandoverDate" });

            migrationBuilder.CreateIndex(
                name: "IX_calls_UnitId_MunicipalityNumber_ReceiveTime",
                table: "calls",
                columns: new[] { "UnitId", "MunicipalityNumber", "ReceiveTime" });

            migrationBuilder.CreateIndex(
                name: "IX_calls_UnitId_ReceiveTime",
                table: "calls",
                columns: new[] { "UnitId", "ReceiveTime" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit_events");

            migrationBuilder.DropTable(
                name: "call_entries");

            migrationBuilder.DropTable(
                name: "codes");

            migrationBuilder.DropTable(
                name: "municipalities");

            migrationBuilder.DropTable(
                name: "calls");

            migrationBuilder.DropTable(
                name: "on_call_units");
        }
    }
}
