@echo off
rem osdkit launcher for Windows (cmd.exe, also what PowerShell runs for "osdkit"). Needs Java 17 or
rem newer: %JAVA_HOME%\bin\java.exe, else java.exe on the PATH. Runs osdkit from the jars in ..\lib, on
rem the class path that ..\lib\osdkit-launcher.jar's manifest names (the jars stay modules; the README's
rem Start-up section says why the launcher does this). Kept in step with bin/osdkit.
rem
rem Start-up: the first run with a given Java makes a class-data sharing archive of osdkit's classes
rem (a training run, a few seconds, once); later runs map it. Java 17 records the absolute paths of the
rem jars in it, so it is made where osdkit is unpacked: in ..\cds when that folder can be written,
rem else in %LOCALAPPDATA%\osdkit\cds. OSDKIT_CDS=off runs without one; OSDKIT_JAVA_OPTS adds JVM options.
rem
rem No parenthesised blocks below contain a path: "C:\Program Files (x86)\..." would end them early.
setlocal EnableExtensions DisableDelayedExpansion

for %%i in ("%~dp0..") do set "OSDKIT_APP=%%~fi"
set "OSDKIT_LIB=%OSDKIT_APP%\lib"
set "OSDKIT_CP=%OSDKIT_LIB%\osdkit-launcher.jar"

set "JAVA_EXE="
if not defined JAVA_HOME goto java_from_path
if exist "%JAVA_HOME%\bin\java.exe" set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
:java_from_path
if not defined JAVA_EXE for %%i in (java.exe) do set "JAVA_EXE=%%~$PATH:i"
if defined JAVA_EXE goto java_found
echo osdkit: no Java found. Install Java 17 or newer, or set JAVA_HOME. 1>&2
exit /b 1
:java_found

rem The default collector (G1), not the serial one: Java 17 maps the archived heap objects of its
rem class-data sharing archives only with G1. JVM warnings go to stderr.
set "BASE_OPTS=-XX:-UsePerfData -Xlog:disable -Xlog:all=warning:stderr"
rem The JIT for the command, as bin/osdkit picks it: C1 alone starts a short command about a tenth
rem sooner but runs long work two to three times slower, so a command that can run long gets the full
rem JIT. The words are looked for in every argument (:pick_jit), so global options may come first.
set "JIT=-XX:TieredStopAtLevel=1"
call :pick_jit %*
set "JVM_OPTS=%JIT% %BASE_OPTS%"
rem The class path, not the module path: on Java 17 a module path turns off the archived module graph of
rem the JDK's class-data sharing and reads every jar's module descriptor at each start.
set "MAIN_CLASS=org.osdkit.cli.Main"
set "ARCHIVE="
if /i "%OSDKIT_CDS%"=="off" goto run

for %%i in ("%JAVA_EXE%\..\..") do set "JAVA_DIR=%%~fi"
set "RUNTIME=unknown"
if exist "%JAVA_DIR%\release" for /f "usebackq delims=" %%l in (`findstr /b "JAVA_RUNTIME_VERSION=" "%JAVA_DIR%\release"`) do set "RUNTIME=%%l"
set "CDS_KEY=%OSDKIT_LIB%;%JAVA_EXE%;%RUNTIME%;class-path"

set "CDS_DIR=%OSDKIT_APP%\cds"
if not exist "%CDS_DIR%" mkdir "%CDS_DIR%" 2>nul
type nul > "%CDS_DIR%\.probe" 2>nul
if exist "%CDS_DIR%\.probe" goto cds_dir_ok
set "CDS_DIR=%LOCALAPPDATA%\osdkit\cds"
if not exist "%CDS_DIR%" mkdir "%CDS_DIR%" 2>nul
type nul > "%CDS_DIR%\.probe" 2>nul
if not exist "%CDS_DIR%\.probe" goto run
:cds_dir_ok
del "%CDS_DIR%\.probe" 2>nul
set "ARCHIVE=%CDS_DIR%\osdkit.jsa"

set "OLD_KEY="
if exist "%CDS_DIR%\osdkit.key" set /p OLD_KEY=<"%CDS_DIR%\osdkit.key"
if "%OLD_KEY%"=="%CDS_KEY%" goto archive_ready
echo osdkit: preparing the start-up archive for this Java (once, a few seconds)... 1>&2
del "%ARCHIVE%" "%CDS_DIR%\osdkit.key" 2>nul
rem A Java without dynamic archives (not HotSpot) ignores the option; osdkit then starts without one.
"%JAVA_EXE%" -XX:TieredStopAtLevel=1 %BASE_OPTS% -XX:+IgnoreUnrecognizedVMOptions -XX:ArchiveClassesAtExit="%ARCHIVE%.tmp" -cp "%OSDKIT_CP%" org.osdkit.cli.CdsTraining >nul 2>&1
if exist "%ARCHIVE%.tmp" move /y "%ARCHIVE%.tmp" "%ARCHIVE%" >nul
>"%CDS_DIR%\osdkit.key" echo(%CDS_KEY%
:archive_ready
if not exist "%ARCHIVE%" set "ARCHIVE="

:run
if defined ARCHIVE goto run_with_archive
"%JAVA_EXE%" %JVM_OPTS% %OSDKIT_JAVA_OPTS% -cp "%OSDKIT_CP%" %MAIN_CLASS% %*
exit /b %ERRORLEVEL%
:run_with_archive
"%JAVA_EXE%" %JVM_OPTS% -XX:SharedArchiveFile="%ARCHIVE%" %OSDKIT_JAVA_OPTS% -cp "%OSDKIT_CP%" %MAIN_CLASS% %*
exit /b %ERRORLEVEL%

rem Clears JIT when an argument names a command that can run long. %~1 is the argument without its
rem quotes; the loop ends at the last argument (or at an empty one, which names no command).
:pick_jit
if "%~1"=="" goto :eof
for %%w in (web demo parse merge tail diagnose convert ts scan import package distribute redistribute cleanup) do if /i "%~1"=="%%w" set "JIT="
shift
goto pick_jit
