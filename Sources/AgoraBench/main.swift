// `agora-bench`: micro-benchmarks of engine parts, run by `make bench` in a release build.
// Each subcommand measures one thing and prints JSON with the median and min–max of its runs.
AgoraBenchCommand.main()
