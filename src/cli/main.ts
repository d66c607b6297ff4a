#!/usr/bin/env node
console.log('smart-city-maturity');
