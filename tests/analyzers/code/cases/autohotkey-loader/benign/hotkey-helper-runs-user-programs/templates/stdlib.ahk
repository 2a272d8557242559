#Requires AutoHotkey v2.0
WinActivateOrRun(title, cmd) {
    if WinExist(title)
        WinActivate(title)
    else
        Run(cmd, , "Min")
}
