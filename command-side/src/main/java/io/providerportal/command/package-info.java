/** The write side: every change enters here as a command, is decided by an aggregate and leaves as events. */
package io.providerportal.command;
