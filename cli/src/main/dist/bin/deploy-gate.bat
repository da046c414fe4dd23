@echo off
rem deploy-gate: runs the deploy-gate command of the distribution this script belongs to
rem (lib\deploy-gate.jar beside bin\).
rem
rem   JAVA_HOME         the Java 17 or later to run; without it, java.exe from PATH
rem   DEPLOY_GATE_OPTS  options for the JVM (e.g. -Xmx512m)
rem
rem Arguments reach the command as given and its exit status is this script's; 2 when no Java
rem can be found. No parenthesised blocks: a JAVA_HOME like "C:\Program Files (x86)\..." would
rem end them early.
setlocal

set "DEPLOY_GATE_HOME=%~dp0.."

if not defined JAVA_HOME goto javaFromPath
set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
if exist "%JAVA_EXE%" goto run
echo deploy-gate: JAVA_HOME is '%JAVA_HOME%', but it has no bin\java.exe: set JAVA_HOME to a Java 17 or later, or unset it to use java from PATH. 1>&2
exit /b 2

:javaFromPath
set "JAVA_EXE=java.exe"
where java.exe >nul 2>&1
if not errorlevel 1 goto run
echo deploy-gate: no java found: set JAVA_HOME to a Java 17 or later, or put its bin directory on PATH. 1>&2
exit /b 2

:run
"%JAVA_EXE%" %DEPLOY_GATE_OPTS% -jar "%DEPLOY_GATE_HOME%\lib\deploy-gate.jar" %*
exit /b %ERRORLEVEL%
