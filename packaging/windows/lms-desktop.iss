; Inno Setup script for LMS Desktop (per-machine install).
; Build the bundle first (scripts/build-bundle.sh on Windows under Git Bash, or
; `pyinstaller packaging/lms-desktop.spec`), then: iscc /DAppVersion=0.1.0 packaging\windows\lms-desktop.iss
; Silent install for IT: LMSDesktop-Setup-0.1.0.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
;
; The library database is NOT in the install folder: the app keeps it in each user's
; %LOCALAPPDATA%\lms-desktop\ (platformdirs), so upgrades and uninstalls never touch it.

#ifndef AppVersion
  #define AppVersion "0.1.0"
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
UninstallDisplayIcon={app}\lms-desktop.exe
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
Name: "{group}\LMS Desktop"; Filename: "{app}\lms-desktop.exe"; Parameters: "gui"
Name: "{group}\LMS Desktop demo school"; Filename: "{app}\lms-desktop.exe"; Parameters: "demo --db ""{localappdata}\lms-desktop\demo-school.sqlite3"" --open"
Name: "{group}\{cm:UninstallProgram,LMS Desktop}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\LMS Desktop"; Filename: "{app}\lms-desktop.exe"; Parameters: "gui"; Tasks: desktopicon

[Run]
Filename: "{app}\lms-desktop.exe"; Parameters: "gui"; Description: "{cm:LaunchProgram,LMS Desktop}"; Flags: nowait postinstall skipifsilent
