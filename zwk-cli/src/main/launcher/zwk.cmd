@rem SPDX-License-Identifier: Apache-2.0
@rem zwk launcher for Windows: see the shell script "zwk" next to it for the options and why.
@echo off
setlocal
if defined ZWK_JAVA_OPTS (set "opts=%ZWK_JAVA_OPTS%") else (set "opts=-XX:+UseSerialGC -Xmn32m")
if defined JAVA_HOME (set "java=%JAVA_HOME%\bin\java") else (set "java=java")
set "cds="
if exist "%~dp0zwk.jsa" set cds="-XX:SharedArchiveFile=%~dp0zwk.jsa" "-Xlog:cds*=off"
"%java%" %cds% %opts% -jar "%~dp0zwk-cli.jar" %*
exit /b %ERRORLEVEL%
