package org.flowbook.handbook;
