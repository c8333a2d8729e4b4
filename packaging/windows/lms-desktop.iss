; Inno Setup script for LMS Desktop (per-machine install).
; On a Windows build machine, build the bundle (pyinstaller packaging\lms-desktop.spec),
; then run: python scripts\build_installer.py
; It passes /DAppVersion from pyproject.toml to iscc; there is no version written here.
; Silent install for IT: LMSDesktop-Setup-<version>.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
;
; The library database is NOT in the install folder: the app keeps it in each user's
; %LOCALAPPDATA%\lms-desktop\ (platformdirs), so upgrades and uninstalls never touch it.
;
; The shortcuts start lms-desktop-gui.exe, the windowed executable (no console window);
; lms-desktop.exe beside it is the command line for admin jobs.

#ifndef AppVersion
  #error AppVersion is not set: build with scripts\build_installer.py (it reads pyproject.toml)
#endif

[Setup]
AppId={{6F1E4F0C-3C1B-4E55-9B8E-2B7B5C0D1A11}
AppName=LMS Desktop
AppVersion={#AppVersion}
AppPublisher=LMS Desktop developers
DefaultDirName={autopf}\LMS Desktop
DefaultGroupName=LMS Desktop
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=LMSDesktop-Setup-{#AppVersion}
SetupIconFile=lms-desktop.ico
UninstallDisplayIcon={app}\lms-desktop-gui.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; everything PyInstaller put in dist\lms-desktop\ (replaced whole on upgrade)
Source: "..\..\dist\lms-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; an upgrade removes the old program files first, never the user's data folder
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
; "demo --open" names no file: the app puts the demo in the user's own data folder at run
; time ({localappdata} here would be the installing administrator's folder, not the user's)
Name: "{group}\LMS Desktop"; Filename: "{app}\lms-desktop-gui.exe"; Parameters: "gui"
Name: "{group}\LMS Desktop demo school"; Filename: "{app}\lms-desktop-gui.exe"; Parameters: "demo --open"
Name: "{group}\{cm:UninstallProgram,LMS Desktop}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\LMS Desktop"; Filename: "{app}\lms-desktop-gui.exe"; Parameters: "gui"; Tasks: desktopicon

[Run]
Filename: "{app}\lms-desktop-gui.exe"; Parameters: "gui"; Description: "{cm:LaunchProgram,LMS Desktop}"; Flags: nowait postinstall skipifsilent
