#pragma once

// The baselines bench_startup measures in the same run as the dashboard, each in a process of
// its own started the same way (bench_startup --child NAME), reporting milestones on stderr.

namespace trro::bench {

// A bare QApplication and an empty QMainWindow of the dashboard's size, until its first paint
// (reported by the same probe plugin as the dashboard's).
int runEmptyWindow(int argc, char *argv[]);

// No GUI: the demo service on its own thread as trro-dashboard --demo starts it, and the
// dashboard's API stack asking what the fleet view needs for its first chart (the project
// list, then the fleet's series and the totals of the range and of the previous period).
// Milestones: app, listening, answer (the first answer), data (everything the chart needs).
int runDataFloor(int argc, char *argv[]);

} // namespace trro::bench
