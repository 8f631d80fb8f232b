; Inno Setup 6 script: installs dpi-consult for the current user, without administrator rights.
; Built by `python packaging/build.py --installer`, which passes the version from dpi_consult/__init__.py
; (/DAppVersion=...) after building dist\dpi-consult\ and build\icons\dpi-consult.ico; see packaging/WINDOWS.md.
; Uninstalling removes the program and its registry entries only: the user's drafts (Documents\dpi-consult),
; preferences and recovery copies (AppData) are the user's files and stay.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=X.Y.Z packaging\windows\dpi-consult.iss (build.py does)
#endif
; Where build.py put the bundle (relative to the repository, or absolute).
#ifndef Dist
  #define Dist "dist"
#endif
#define AppName "dpi-consult"
#define AppExe "dpi-consult-gui.exe"
#define ProgId "DpiConsult.Contribution"

[Setup]
; Fixed forever: Windows recognises upgrades and the uninstaller by it.
AppId={{89FA7376-9D40-4874-8F74-C0BA7E9F7B1E}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=dpi-consult developers
VersionInfoVersion={#AppVersion}
; Per user: {autopf} is %LOCALAPPDATA%\Programs when the installer runs without elevation.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
SourceDir=..\..
OutputDir={#Dist}
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile=build\icons\dpi-consult.ico
UninstallDisplayIcon={app}\{#AppExe}
ChangesAssociations=yes
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"

[Files]
Source: "{#Dist}\dpi-consult\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Contribution à la consultation de la CNIL sur le dossier patient informatisé"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "Créer une icône sur le Bureau"; Flags: unchecked

; The .dpic association, per user (HKA is HKEY_CURRENT_USER when not elevated), with the program's icon.
[Registry]
Root: HKA; Subkey: "Software\Classes\.dpic\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.dpic"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "Contribution dpi-consult"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".dpic"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "Lancer dpi-consult"; Flags: nowait postinstall skipifsilent
