// The `agora` command line: a thin shell over AgoraEngine (DESIGN.md, "Targets").
AgoraCommand.main()
