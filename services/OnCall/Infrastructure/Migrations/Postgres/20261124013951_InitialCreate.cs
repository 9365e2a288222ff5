using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Intermunicipal.OnCall.Infrastructure.Migrations.Postgres
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
                    Id = table.Column<string>(type: "character varying(36)", maxLength: 36, nullable: false),
                    UnitId = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    EventTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SubjectMunicipalityNumber = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    CallId = table.Column<string>(type: "character varying(36)", maxLength: 36, nullable: false),
                    Action = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "codes",
                columns: table => new
                {
                    List = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_codes", x => new { x.List, x.Code });
                });

            migrationBuilder.CreateTable(
                name: "municipalities",
                columns: table => new
                {
                    Number = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_municipalities", x => x.Number);
                });

            migrationBuilder.CreateTable(
                name: "on_call_units",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    HostMunicipalityNumber = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    CoveredMunicipalityNumbers = table.Column<List<string>>(type: "text[]", nullable: false),
                    AlwaysOpen = table.Column<bool>(type: "boolean", nullable: false),
                    OfficeOpensMinute = table.Column<int>(type: "integer", nullable: false),
                    OfficeClosesMinute = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_on_call_units", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "calls",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(36)", maxLength: 36, nullable: false),
                    UnitId = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    RequestId = table.Column<string>(type: "character varying(36)", maxLength: 36, nullable: false),
                    ReceiveTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Channel = table.Column<int>(type: "integer", nullable: false),
                    ReporterType = table.Column<int>(type: "integer", nullable: false),
                    MunicipalityNumber = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    ConcernCategories = table.Column<List<string>>(type: "text[]", nullable: false),
                    Urgency = table.Column<int>(type: "integer", nullable: false),
                    Summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ChildFullName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ChildBirthDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ChildNationalIdentityNumber = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: true),
                    HandlingStaff = table.Column<List<string>>(type: "text[]", nullable: false),
                    CreateTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Creator = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    HandoverDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    HandoverAcknowledgeTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    HandoverAcknowledgedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<string>(type: "character varying(36)", maxLength: 36, nullable: false),
                    CallId = table.Column<string>(type: "character varying(36)", maxLength: 36, nullable: false),
                    RequestId = table.Column<string>(type: "character varying(36)", maxLength: 36, nullable: false),
                    Type = table.Column<int>(type: "integer", nullable: false),
                    OccurTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EndTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LegalBasis = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: true),
                    Note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CorrectsEntryId = table.Column<string>(type: "character varying(36)", maxLength: 36, nullable: true),
                    Retraction = table.Column<bool>(type: "boolean", nullable: false),
                    CreateTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Author = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DetailsChange = table.Column<byte[]>(type: "bytea", nullable: true)
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
