// expect: clean
// An ng-add schematic that patches the app module, then runs the project's own formatter on the file it changed:
// a command of the developer's toolchain, run at `ng add`.
export const NgxTidyTableModule = {};
