using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Intermunicipal.Capacity.Infrastructure.Migrations.Postgres
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
                    TeamId = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    EventTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SubjectMunicipalityNumber = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    ReferralId = table.Column<string>(type: "character varying(36)", maxLength: 36, nullable: false),
                    Action = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "changes",
                columns: table => new
                {
                    RequestId = table.Column<string>(type: "character varying(36)", maxLength: 36, nullable: false),
                    Method = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    ResourceName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SubjectMunicipalityNumber = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    OccurTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_changes", x => x.RequestId);
                });

            migrationBuilder.CreateTable(
                name: "municipalities",
                columns: table => new
                {
                    Number = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_municipalities", x => x.Number);
                });

            migrationBuilder.CreateTable(
                name: "programmes",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    MinChildAge = table.Column<int>(type: "integer", nullable: false),
                    MaxChildAge = table.Column<int>(type: "integer", nullable: false),
                    TypicalDurationDays = table.Column<int>(type: "integer", nullable: false),
                    CreateTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_programmes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "teams",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ProgrammeId = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    HostMunicipalityNumber = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    FreeSlotPolicy = table.Column<int>(type: "integer", nullable: false),
                    CreateTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Creator = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_teams", x => x.Id);
                    table.ForeignKey(
                        name: "FK_teams_programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "allocations",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(36)", maxLength: 36, nullable: false),
                    TeamId = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    MunicipalityNumber = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    SlotCount = table.Column<int>(type: "integer", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true),
                    CreateTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Creator = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_allocations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_allocations_teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "capacity_changes",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(36)", maxLength: 36, nullable: false),
                    TeamId = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    EffectiveDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Capacity = table.Column<int>(type: "integer", nullable: false),
                    CreateTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Creator = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_capacity_changes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_capacity_changes_teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "referrals",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(36)", maxLength: 36, nullable: false),
                    TeamId = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    MunicipalityNumber = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    FamilyReference = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ChildAges = table.Column<List<int>>(type: "integer[]", nullable: false),
                    Priority = table.Column<int>(type: "integer", nullable: false),
                    WishedStartDate = table.Column<DateOnly>(type: "date", nullable: true),
                    State = table.Column<int>(type: "integer", nullable: false),
                    CreateTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Creator = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: true),
                    PlannedEndDate = table.Column<DateOnly>(type: "date", nullable: true),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Outcome = table.Column<int>(type: "integer", nullable: false),
                    WithdrawTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_referrals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_referrals_teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_allocations_MunicipalityNumber",
                table: "allocations",
                column: "MunicipalityNumber");

            migrationBuilder.CreateIndex(
                name: "IX_allocations_TeamId_MunicipalityNumber_StartDate",
                table: "allocations",
                columns: new[] { "TeamId", "MunicipalityNumber", "StartDate" });

            migrationBuilder.CreateIndex(
                name: "IX_audit_events_TeamId_Id",
                table: "audit_events",
                columns: new[] { "TeamId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_capacity_changes_TeamId_EffectiveDate",
                table: "capacity_changes",
                columns: new[] { "TeamId", "EffectiveDate" });

            migrationBuilder.CreateIndex(
                name: "IX_changes_ResourceName",
                table: "changes",
                column: "ResourceName");

            migrationBuilder.CreateIndex(
                name: "IX_referrals_MunicipalityNumber_StartDate",
                table: "referrals",
                columns: new[] { "MunicipalityNumber", "StartDate" });

            migrationBuilder.CreateIndex(
                name: "IX_referrals_TeamId_MunicipalityNumber_CreateTime",
                table: "referrals",
                columns: new[] { "TeamId", "MunicipalityNumber", "CreateTime" });

            migrationBuilder.CreateIndex(
                name: "IX_referrals_TeamId_State",
                table: "referrals",
                columns: new[] { "TeamId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_teams_ProgrammeId",
                table: "teams",
                column: "ProgrammeId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "allocations");

            migrationBuilder.DropTable(
                name: "audit_events");

            migrationBuilder.DropTable(
                name: "capacity_changes");

            migrationBuilder.DropTable(
                name: "changes");

            migrationBuilder.DropTable(
                name: "municipalities");

            migrationBuilder.DropTable(
                name: "referrals");

            migrationBuilder.DropTable(
                name: "teams");

            migrationBuilder.DropTable(
                name: "programmes");
        }
    }
}
